/** The shipped dataset's meta, embedded in background.js by the build (wxt.config.ts). */
declare module 'virtual:backstory-dataset-meta' {
  const meta: import('./db').DatasetMeta;
  export default meta;
}
