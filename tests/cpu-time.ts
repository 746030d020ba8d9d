// Time for the tests that guard against slow algorithms (a quadratic loop, a backtracking regex):
// the CPU time this process spends, which other programs on a busy machine do not stretch as
// they stretch wall time. The process runs one test file at a time, so it is the call's work.

/** Runs f and returns its value and the CPU time (user + system) spent meanwhile, in ms. */
export function cpuTimed<T>(f: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = f();
  const { user, system } = process.cpuUsage(start);
  return { value, ms: (user + system) / 1000 };
}
