// A handler's unexpected failure reaches the user as a plain sentence; its stack goes to stderr. Only the method
// name and stack are logged, never the input (it may hold personal data). Imported for its effect by every thread
// that dispatches calls.
import { onUnexpectedError } from '../shared/dispatch';

onUnexpectedError((method, error) => console.error(`[职教台账] ${method} 出错：`, error instanceof Error ? error.stack : String(error)));
