/** The `edtf` package ships no types; this is the part we use. */
declare module 'edtf' {
  interface EdtfValue {
    type: string;
    min: number;
    max: number;
  }
  /** Parses an EDTF string; throws on invalid input. */
  export default function edtf(value: string): EdtfValue;
}
