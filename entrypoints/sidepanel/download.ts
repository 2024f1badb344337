/** A file made in the panel (an export, a report). */
export interface PanelFile {
  filename: string;
  mimeType: string;
  text: string;
}

/**
 * Saves a file the panel made, through a Blob URL and an `<a download>` click: this needs no
 * "downloads" permission, and the data never leaves the browser.
 */
export function downloadFile(file: PanelFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
