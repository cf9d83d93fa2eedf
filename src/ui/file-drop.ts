// Picking or dropping files: a labelled area that takes files dragged onto it and opens the file
// picker from the keyboard (Enter or Space on its button). Files are read as text with a size cap
// before reading, so a huge or binary file gets a clear message and the page stays responsive;
// the text is decoded as UTF-8 or UTF-16, as the editor saved it (Windows Notepad writes either).
// Imports the DOM helpers and the scenario files' decoder.

import { decodeText } from '../scenario/decode';
import { h } from './dom';

export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

export type ReadOutcome =
  | { ok: true; file: DroppedFile }
  | { ok: false; name: string; reason: 'too-large' | 'unreadable'; size: number };

export async function readDropped(file: File, maxBytes: number): Promise<ReadOutcome> {
  if (file.size > maxBytes)
    return { ok: false, name: file.name, reason: 'too-large', size: file.size };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, file: { name: file.name, text: decodeText(bytes) } };
  } catch {
    return { ok: false, name: file.name, reason: 'unreadable', size: file.size };
  }
}

export function fileDrop(options: {
  key: string;
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}): HTMLElement {
  const input = h('input', {
    type: 'file',
    class: 'visually-hidden',
    key: options.key,
    attrs: {
      accept: options.accept,
      multiple: options.multiple ?? false,
      'aria-describedby': `${options.key}-hint`,
    },
    on: {
      change: (event) => {
        const list = (event.target as HTMLInputElement).files;
        if (list && list.length > 0) options.onFiles([...list]);
        (event.target as HTMLInputElement).value = '';
      },
    },
  });
  const zone = h(
    'label',
    {
      class: 'file-drop',
      on: {
        dragover: (event) => {
          event.preventDefault();
          zone.classList.add('dragging');
        },
        dragleave: () => zone.classList.remove('dragging'),
        drop: (event) => {
          event.preventDefault();
          zone.classList.remove('dragging');
          const files = [...(event.dataTransfer?.files ?? [])];
          if (files.length > 0) options.onFiles(options.multiple ? files : files.slice(0, 1));
        },
      },
    },
    input,
    h('span', { class: 'file-drop-label', text: options.label }),
    h('span', { class: 'file-drop-hint', id: `${options.key}-hint`, text: options.hint }),
  );
  return zone;
}
