// Names both ends of a transport agree on.
/** The browser host's token: injected into index.html as a meta tag, sent back on every call in this header. */
export const TOKEN_HEADER = 'x-vet-ledger-token';
export const TOKEN_META = 'vet-ledger-token';
/** The one IPC channel the Electron preload exposes. */
export const RPC_CHANNEL = 'vet-ledger:rpc';
