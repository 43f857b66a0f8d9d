// Font files are inlined by esbuild's `binary` loader (serverless.yml › custom.esbuild.loader): importing one gives
// its bytes.
declare module '*.ttf' {
  const bytes: Uint8Array;
  export default bytes;
}
