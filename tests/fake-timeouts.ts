// A clock for the tests of time limits: setTimeout and clearTimeout (all the worker pool's limits
// use) are faked, so a limit runs out only when the test moves the clock. Everything else (worker
// threads, file I/O, promises, setImmediate) runs for real, so a file may take as long as the
// machine needs without coming near its limit: the tests hold on an idle and on a loaded machine.
import { jest } from '@jest/globals';

/** Call before the pool is made (its startup timers must be fake too); undo with jest.useRealTimers(). */
export function fakeTimeouts(): void {
  jest.useFakeTimers({
    doNotFake: [
      'Date',
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
    ],
  });
}

/** Lets every callback already due run (a fired timer resolves its file's promise in a microtask). */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A promise whose outcome the test can look at without awaiting it. */
export function watch<T>(p: Promise<T>): { readonly done: boolean; readonly value: T | undefined; promise: Promise<T> } {
  const w = { done: false, value: undefined as T | undefined, promise: p };
  void p.then((v) => {
    w.done = true;
    w.value = v;
  });
  return w;
}
