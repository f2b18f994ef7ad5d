// A stand-in for an object that a beforeAll hook creates: reading it forwards to the object once it exists,
// so a test file can hold `const s = useTestServer()` instead of a `let` assigned in its own hooks. Values
// are forwarded as they are (not bound): the test server's and client's methods are closures, and some
// values are functions with properties of their own (the Express app).
export function lateBound<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = current();
      if (!target) throw new Error(`${what} is not ready yet (reading ${String(key)} outside a test or hook)`);
      return target[key as keyof T];
    },
  });
}
