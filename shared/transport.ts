// Names both ends of a transport agree on.
/** The browser host's token: injected into index.html as a meta tag, sent back on every call in this header. */
export const TOKEN_HEADER = 'x-vet-ledger-token';
export const TOKEN_META = 'vet-ledger-token';
/** 'lan' on the page the school network is served: the page signs in, and sends the session's CSRF token. */
export const MODE_META = 'vet-ledger-mode';
export const CSRF_HEADER = 'x-vet-ledger-csrf';
/** The one IPC channel the Electron preload exposes. */
export const RPC_CHANNEL = 'vet-ledger:rpc';
