// paper's typings name the module without the .js extension that Node's ESM resolver needs.
declare module 'paper/dist/paper-core.js' {
  import paperCore from 'paper/dist/paper-core';
  export default paperCore;
}
