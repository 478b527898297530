/**
 * Synthetic official forms, for tests, the browser tests and the benchmark: a .docx with the same
 * kind of form fields (Word legacy FORMTEXT and FORMCHECKBOX with their ffData), in the order and
 * with the properties a field map describes, labelled in OpenSAQ's own words. The Council's files
 * are never needed: these are recognised and filled exactly like them.
 */
import { zipSync, strToU8 } from 'fflate';
import { mapFields, type FieldMap, type MapField } from './field-map';
import { escapeXmlAttribute, escapeXmlText } from './text';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
// Run properties like the Council's files use, so the filler copies real formatting.
const RPR = '<w:rPr><w:rFonts w:cs="Arial"/><w:bCs/><w:sz w:val="18"/></w:rPr>';
const EN_SPACE = '\u2002';

const run = (inner: string) => `<w:r w:rsidRPr="00764864">${RPR}${inner}</w:r>`;

function ffData(f: MapField): string {
  const name = `<w:name w:val="${escapeXmlAttribute(f.name ?? '')}"/><w:enabled/><w:calcOnExit w:val="0"/>`;
  if (f.kind === 'checkbox')
    return `<w:ffData>${name}<w:checkBox><w:sizeAuto/><w:default w:val="${escapeXmlAttribute(f.default ?? '0')}"/></w:checkBox></w:ffData>`;
  const inner =
    (f.default !== undefined ? `<w:default w:val="${escapeXmlAttribute(f.default)}"/>` : '') +
    (f.maxLength !== undefined ? `<w:maxLength w:val="${f.maxLength}"/>` : '');
  return `<w:ffData>${name}${inner ? `<w:textInput>${inner}</w:textInput>` : '<w:textInput/>'}</w:ffData>`;
}

let bookmark = 0;

/** One form field as Word writes it: begin (with ffData), instruction, separate, result, end. */
export function fieldXml(f: MapField): string {
  const ghost = f.kind === 'ghost';
  const instruction = f.kind === 'text' ? ' FORMTEXT ' : ' FORMCHECKBOX ';
  const begin = run(
    ghost
      ? '<w:fldChar w:fldCharType="begin"/>'
      : `<w:fldChar w:fldCharType="begin">${ffData(f)}</w:fldChar>`,
  );
  const id = bookmark++;
  const named = !ghost && f.name;
  const result =
    f.kind === 'text'
      ? f.default !== undefined
        ? run(`<w:t>${escapeXmlText(f.default)}</w:t>`)
        : Array.from({ length: 5 }, () => run(`<w:t>${EN_SPACE}</w:t>`)).join('')
      : '';
  return [
    begin,
    named ? `<w:bookmarkStart w:id="${id}" w:name="${escapeXmlAttribute(f.name ?? '')}"/>` : '',
    run(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`),
    run(''),
    run('<w:fldChar w:fldCharType="separate"/>'),
    result,
    run('<w:fldChar w:fldCharType="end"/>'),
    named ? `<w:bookmarkEnd w:id="${id}"/>` : '',
  ].join('');
}

const paragraph = (inner: string) =>
  `<w:p><w:pPr><w:spacing w:before="50" w:after="50"/></w:pPr>${inner}</w:p>`;
const words = (text: string) => run(`<w:t xml:space="preserve">${escapeXmlText(text)}</w:t>`);

export interface SyntheticOptions {
  /** Paragraphs of filler text after each part, to reach the size of a real form. */
  padding?: number;
  /** Or: pad until document.xml is about this many characters (the real SAQ D's is 5.1 million). */
  padTo?: number;
}

const filler = (i: number, part: string) =>
  paragraph(
    words(
      `Filler paragraph ${i + 1} of part ${part}: it stands for the instructions and the requirement text a real form prints here, so the document has a realistic size.`,
    ),
  );

/** The document.xml of a synthetic form for a field map. */
export function syntheticDocumentXml(map: FieldMap, options: SyntheticOptions = {}): string {
  if (options.padTo !== undefined) {
    const bare = syntheticDocumentXml(map).length;
    const per = filler(0, '1a').length * map.parts.length;
    return syntheticDocumentXml(map, {
      padding: Math.max(0, Math.ceil((options.padTo - bare) / per)),
    });
  }
  const body: string[] = [
    paragraph(words(`Synthetic form built by OpenSAQ's tests for the layout ${map.id}.`)),
  ];
  let n = 0;
  for (const part of map.parts) {
    body.push(paragraph(words(`Part ${part.part}, as OpenSAQ's tests call it`)));
    // Table-like parts sit in a table, one field per cell, as in the official forms.
    const cells = part.fields.map((f) => {
      n += 1;
      return paragraph(`${words(`Box ${n} for ${f.to}: `)}${fieldXml(f)}`);
    });
    if (part.fields.length > 6)
      body.push(
        `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${cells
          .map(
            (c) =>
              `<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${c}</w:tc></w:tr>`,
          )
          .join('')}</w:tbl>`,
      );
    else body.push(...cells);
    for (let i = 0; i < (options.padding ?? 0); i++) body.push(filler(i, part.part));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

/** A complete synthetic .docx for a field map (Word and LibreOffice open it). */
export function buildSyntheticForm(map: FieldMap, options: SyntheticOptions = {}): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(syntheticDocumentXml(map, options)),
    },
    { level: 6 },
  );
}

/** How many fields a map has, ghosts included (for test messages). */
export const fieldCount = (map: FieldMap): number => mapFields(map).length;
