// PostGraphile 5's engines target Node >= 22. On Node 20 it works once these ES2024/ES2025 built-ins exist;
// without them every database field fails with "Cannot read properties of undefined (reading 'items')".
// Loaded with `node --require ./bench/polyfill.cjs` by the PostGraphile contender only.
'use strict';

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

// The Set methods accept any "set-like" (size, has, keys); iterating `keys()` covers Sets and Maps alike.
const keysOf = (other) => other.keys();
const setMethods = {
  union(other) {
    const out = new Set(this);
    for (const v of keysOf(other)) out.add(v);
    return out;
  },
  intersection(other) {
    const out = new Set();
    for (const v of this) if (other.has(v)) out.add(v);
    return out;
  },
  difference(other) {
    const out = new Set();
    for (const v of this) if (!other.has(v)) out.add(v);
    return out;
  },
  symmetricDifference(other) {
    const out = new Set(this);
    for (const v of keysOf(other)) {
      if (this.has(v)) out.delete(v);
      else out.add(v);
    }
    return out;
  },
  isSubsetOf(other) {
    for (const v of this) if (!other.has(v)) return false;
    return true;
  },
  isSupersetOf(other) {
    for (const v of keysOf(other)) if (!this.has(v)) return false;
    return true;
  },
  isDisjointFrom(other) {
    for (const v of this) if (other.has(v)) return false;
    return true;
  },
};

for (const [name, fn] of Object.entries(setMethods)) {
  if (typeof Set.prototype[name] !== 'function') {
    Object.defineProperty(Set.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}
