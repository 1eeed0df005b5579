/**
 * The text of a chosen .csv file. Spreadsheets save UTF-8 today, but Excel on a Bulgarian Windows still
 * writes "CSV" in windows-1251; read as UTF-8, every Cyrillic name would turn into question marks. So:
 * UTF-8 when the bytes are valid UTF-8, windows-1251 otherwise.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await bytesOf(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** Non-empty lines after the header, to tell the organiser what was loaded. */
export function dataRowCount(text: string): number {
  return Math.max(0, text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);
}

/** FileReader rather than `Blob.arrayBuffer()`, which older Safari versions still in use do not have. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
