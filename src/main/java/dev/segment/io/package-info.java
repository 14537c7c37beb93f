/**
 * Reading the customer CSV ({@link dev.segment.io.CustomerCsvReader}): strict decoding, delimiter
 * sniffing, column matching, money parsing, footer rows and currencies, as SPEC "Input" says.
 *
 * <p>Decisions where SPEC is silent:
 *
 * <ul>
 *   <li>A row whose cells are all blank ({@code ,,,} as Excel saves an empty row) is a blank line,
 *       like an empty line; blank lines before the header are skipped and counted.
 *   <li>After a total row, lines with at most one non-blank cell are footer lines; the first row
 *       with two or more non-blank cells is data again (a {@code Subtotal} between groups of a CRM
 *       report). A one-cell line that does not follow a total is an ordinary row.
 *   <li>An amount with more than 18 significant digits stops the read with a {@link
 *       dev.segment.model.DataException} naming the line, rather than being skipped: skipping it
 *       would change the total silently.
 *   <li>Money: negatives only in SPEC's forms ({@code -120}, {@code (120.00)}, {@code ($120.00)},
 *       {@code $(120.00)}), so {@code -$120}, {@code $-120} and {@code - 120} are non-numeric; a
 *       three-letter code may stand on either side ({@code USD -120}, {@code (120 USD)}) and wins
 *       over a generic sign ({@code $5.00 CAD} is CAD); {@code +5}, exponents and a lone {@code -}
 *       are not numbers. With {@code --decimal-comma} a space (also no-break) may separate
 *       thousands ({@code 1 234,50}). A three-letter code in an amount must be a real ISO 4217
 *       code, so {@code 12abc} stays non-numeric.
 *   <li>Characters after a closing quote are kept ({@code "Acme" Inc} reads {@code Acme Inc}), as
 *       spreadsheets do, instead of failing the file.
 *   <li>A UTF-16 byte-order mark in a file read as UTF-8 is a data error that names {@code
 *       --encoding UTF-16}; the encoding is never guessed.
 *   <li>A record longer than 32 Mi characters (an unclosed quote early in a large file) is a data
 *       error naming the line it starts on, so a broken file cannot exhaust the heap.
 *   <li>{@code --keep-columns} without names keeps every column but the id, amount and name columns
 *       actually used, and skips columns whose header is blank; the ARR column of an MRR file (or
 *       the MRR column with {@code --arr-column}) is kept like any other.
 *   <li>Column options match the header exactly, then normalised, then as a 1-based index, so a
 *       header literally named {@code 3} wins over the third column.
 * </ul>
 */
package dev.segment.io;
