// Drag and drop import: files or folders dragged over the window show a drop overlay; dropping
// hands the DOM File objects to the import panel, which passes them to the preload (only the
// preload can turn a File into a path).
import { byId } from '../lib/dom';

export function installDropZone(onFiles: (files: File[]) => void): void {
  const zone = byId('drop-zone');
  let depth = 0;
  const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    zone.hidden = false;
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.hidden = true;
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault(); // never let the window navigate to a dropped file
    depth = 0;
    zone.hidden = true;
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length) onFiles(files);
  });
}
