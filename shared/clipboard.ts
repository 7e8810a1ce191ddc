// A block of cells as Excel, WPS and LibreOffice put it on the clipboard: tab-separated, a line a row, and a cell
// holding a line break, a tab or a quote written in quotes with its quotes doubled. Only the cells are read here;
// what they mean is the import's business (the 批量录入 grid is one more import source).

/** The clipboard's text → rows of cells; the trailing line break Excel adds makes no empty row. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '') {
      // a quoted cell runs to the quote that is not doubled
      let j = i + 1;
      let quoted = '';
      for (; j < text.length; j++) {
        if (text[j] !== '"') quoted += text[j];
        else if (text[j + 1] === '"') quoted += text[j++];
        else break;
      }
      const next = text[j + 1];
      // a quote that does not close the cell before a tab or a line break was only a quote in the text
      if (j < text.length && (next === undefined || next === '\t' || next === '\r' || next === '\n')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    if (c === '\t') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  // a row whose last cells are blank may arrive shorter: every row is made as wide as the widest
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
