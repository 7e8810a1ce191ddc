// A job's cancel, shared by the thread that serves the window and the thread that runs the job (a SharedArrayBuffer
// crosses to a worker by reference). A job busy inside a transaction cannot hear a message, but it can read this
// between chunks of rows; and since the job marks its point of no return in the same cell, a cancel can never race
// the commit: either the job sees the cancel and rolls back, or the canceller sees the commit and is refused.
const RUNNING = 0;
const CANCELLED = 1;
const COMMITTING = 2;

export class JobCancel {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  /** Asks the job to stop. False when it has already begun to commit: what it wrote will stay. */
  request(): boolean {
    return Atomics.compareExchange(this.cell, 0, RUNNING, CANCELLED) !== COMMITTING;
  }

  get requested(): boolean {
    return Atomics.load(this.cell, 0) === CANCELLED;
  }

  /** The job's point of no return, just before it commits. False when a cancel came first. */
  enterCommit(): boolean {
    return Atomics.compareExchange(this.cell, 0, RUNNING, COMMITTING) !== CANCELLED;
  }
}
