/**
 * Fail open: nothing Tact does may throw into the helpdesk page. Every entry point from the page
 * (event listeners, observers, timers, messages) runs through these wrappers, which log once per
 * distinct error and swallow it.
 */
const seen = new Set<string>();
const listeners = new Set<(error: unknown, where: string) => void>();

export function reportError(error: unknown, where: string): void {
  try {
    const key = `${where}:${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    if (!seen.has(key)) {
      seen.add(key);
      console.warn(`[Tact] ${where}:`, error);
    }
    for (const listener of listeners) listener(error, where);
  } catch {
    // reporting must never throw either
  }
}

/** Hear about errors Tact swallowed (the popup shows a count; tests assert on them). */
export function onReportedError(listener: (error: unknown, where: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function safely<A extends unknown[], R>(where: string, fn: (...args: A) => R, fallback?: R) {
  return (...args: A): R | undefined => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) {
        return out.catch((error: unknown) => {
          reportError(error, where);
          return fallback;
        }) as R;
      }
      return out;
    } catch (error) {
      reportError(error, where);
      return fallback;
    }
  };
}

export function attempt<R>(where: string, fn: () => R, fallback: R): R {
  try {
    return fn();
  } catch (error) {
    reportError(error, where);
    return fallback;
  }
}
