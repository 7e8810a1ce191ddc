import { useCallback, useEffect, useState } from 'react';

/** Loads data and reloads on demand; errors are kept for the page to show in Chinese. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: string | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    setLoading(true);
    stableLoad()
      .then((d) => live && (setData(d), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [stableLoad, tick]);
  return { data, error, loading, reload: () => setTick((t) => t + 1) };
}

/** The value once it has stopped changing for ms: search as you type without a query per keystroke. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** What a form drawer edits (null when closed), and the drawer's props: closing it, after a save closing it and
 * reloading what the page shows, and after a 保存并新增 reloading it only. */
export function useEditing<T>(reload: () => void) {
  const [editing, setEditing] = useState<T | null>(null);
  const drawer = {
    editing,
    onClose: () => setEditing(null),
    onSaved: () => {
      setEditing(null);
      reload();
    },
    onAdded: reload,
  };
  return { editing, setEditing, drawer };
}
