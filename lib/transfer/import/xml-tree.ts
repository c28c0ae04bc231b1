import { SaxesParser } from 'saxes';

/** An XML element as the importers read it: name as written (`wp:post_id`), attributes, children, and its text. */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/**
 * Parses XML into a tree, refusing what could hurt: a DOCTYPE that declares entities (the "billion laughs"
 * expansion, or external entities reading local files) is refused outright, and saxes itself expands no entity
 * but XML's five. Malformed or truncated XML is refused with the line it broke on.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) failure ??= new ImportFileError('The file declares XML entities, which an export never does (refused: entity expansion can exhaust the server).');
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void (stack.at(-1)!.text += text));
  parser.on('cdata', (text) => void (stack.at(-1)!.text += text));
  parser.on('error', (err) => {
    failure ??= new ImportFileError(`The file is not well-formed XML (${err.message.split('\n')[0]}): is it cut short?`);
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    failure ??= new ImportFileError(`The file is not well-formed XML (${(err as Error).message.split('\n')[0]}): is it cut short?`);
  }
  if (failure) throw failure;
  return root;
}

export const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);
export const childrenNamed = (el: XmlElement | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
export const textOf = (el: XmlElement | undefined, name: string) => child(el, name)?.text.trim() ?? '';
