/** vnu-jar (CommonJS, untyped) exports the path of its vnu.jar as a String object. */
declare module 'vnu-jar' {
  const jarPath: string
  export default jarPath
}
