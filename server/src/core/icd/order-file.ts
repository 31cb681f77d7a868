/** Parser for the CMS "Code Descriptions in Tabular Order" file (fixed width, one code per line). */

export interface OrderFileEntry {
  /** Without the dot, upper case: `E119`. */
  code: string;
  billable: boolean;
  title: string;
}

export class OrderFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderFileError';
  }
}

/**
 * Columns (1-based): 1-5 order number, 7-13 code, 15 billable flag, 17-76 short title, 78+ long title.
 * Lines that do not fit the layout are rejected as a whole file, since a shifted layout would
 * silently corrupt every code.
 */
export function parseOrderFile(content: string): OrderFileEntry[] {
  const entries: OrderFileEntry[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const code = line.slice(6, 13).trim();
    const flag = line.charAt(14);
    const title = line.slice(77).trim();
    if (!/^\d{5}$/.test(line.slice(0, 5)) || !/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== '0' && flag !== '1') || !title) {
      throw new OrderFileError(`line ${i + 1} does not follow the CMS order file layout`);
    }
    entries.push({ code, billable: flag === '1', title });
  }
  if (entries.length === 0) throw new OrderFileError('no codes found');
  return entries;
}
