// esbuild bundles imported CSS into <entry>.css next to the script.
declare module '*.css';
