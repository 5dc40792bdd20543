/**
 * Parses formula tokens into a syntax tree with spreadsheet precedence:
 * comparison < & < + - < * / < ^ < unary minus < percent.
 */
import { detectSeparators, FormulaSyntaxError, lex, type RefToken, type Separators, type Token } from './formula-lexer';

export type Node =
  | { t: 'number'; value: number }
  | { t: 'string'; value: string }
  | { t: 'bool'; value: boolean }
  | { t: 'error'; code: string }
  | { t: 'blank' }
  | { t: 'ref'; ref: RefToken }
  | { t: 'name'; name: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'unary'; op: '-' | '+'; arg: Node }
  | { t: 'percent'; arg: Node }
  | { t: 'binary'; op: string; left: Node; right: Node };

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=']);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.pos < this.tokens.length) throw new FormulaSyntaxError(`Unexpected "${this.tokens[this.pos].text}"`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(ops: Set<string> | string[]): string | null {
    const tok = this.peek();
    if (tok?.kind !== 'op') return null;
    const has = Array.isArray(ops) ? ops.includes(tok.text) : ops.has(tok.text);
    return has ? tok.text : null;
  }

  private binaryLevel(ops: Set<string> | string[], next: () => Node): Node {
    let left = next();
    for (let op = this.isOp(ops); op; op = this.isOp(ops)) {
      this.pos++;
      left = { t: 'binary', op, left, right: next() };
    }
    return left;
  }

  private comparison(): Node {
    return this.binaryLevel(COMPARISONS, () => this.concat());
  }

  private concat(): Node {
    return this.binaryLevel(['&'], () => this.additive());
  }

  private additive(): Node {
    return this.binaryLevel(['+', '-'], () => this.multiplicative());
  }

  private multiplicative(): Node {
    return this.binaryLevel(['*', '/'], () => this.power());
  }

  private power(): Node {
    return this.binaryLevel(['^'], () => this.unary());
  }

  private unary(): Node {
    const op = this.isOp(['-', '+']);
    if (op) {
      this.pos++;
      return { t: 'unary', op: op as '-' | '+', arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp(['%'])) {
      this.pos++;
      node = { t: 'percent', arg: node };
    }
    return node;
  }

  private primary(): Node {
    const tok = this.tokens[this.pos++];
    if (!tok) throw new FormulaSyntaxError('Unexpected end of formula');
    switch (tok.kind) {
      case 'number':
        return { t: 'number', value: tok.value };
      case 'string':
        return { t: 'string', value: tok.value };
      case 'bool':
        return { t: 'bool', value: tok.value };
      case 'error':
        return { t: 'error', code: tok.text.toUpperCase() };
      case 'ref':
        return { t: 'ref', ref: tok };
      case 'name':
        return { t: 'name', name: tok.text };
      case 'lparen': {
        const inner = this.comparison();
        this.expect('rparen');
        return inner;
      }
      case 'func':
        return this.call(tok.name);
      default:
        throw new FormulaSyntaxError(`Unexpected "${tok.text}"`);
    }
  }

  private call(name: string): Node {
    this.expect('lparen');
    const args: Node[] = [];
    if (this.peek()?.kind === 'rparen') {
      this.pos++;
      return { t: 'call', name, args };
    }
    for (;;) {
      const kind = this.peek()?.kind;
      args.push(kind === 'sep' || kind === 'rparen' ? { t: 'blank' } : this.comparison());
      const next = this.tokens[this.pos++];
      if (next?.kind === 'rparen') return { t: 'call', name, args };
      if (next?.kind !== 'sep') throw new FormulaSyntaxError(`Expected "," or ")" in ${name}`);
    }
  }

  private expect(kind: Token['kind']): void {
    const tok = this.tokens[this.pos++];
    if (tok?.kind !== kind) throw new FormulaSyntaxError(`Expected ${kind}`);
  }
}

export interface ParsedFormula {
  /** All tokens, white space included, so the text can be rebuilt. */
  tokens: Token[];
  separators: Separators;
  ast: Node | null;
  error: FormulaSyntaxError | null;
}

const CACHE_LIMIT = 100_000;
const cache = new Map<string, ParsedFormula>();

/** Reads a formula, memoised by its text: the same rule is evaluated for many cells. */
export function readFormula(formula: string): ParsedFormula {
  let hit = cache.get(formula);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = readUncached(formula);
    cache.set(formula, hit);
  }
  return hit;
}

function attempt(formula: string, separators: Separators): ParsedFormula {
  try {
    const tokens = lex(formula, separators);
    const ast = new Parser(tokens.filter((t) => t.kind !== 'space')).parse();
    return { tokens, separators, ast, error: null };
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    return { tokens: [], separators, ast: null, error: e };
  }
}

function readUncached(formula: string): ParsedFormula {
  const first = attempt(formula, detectSeparators(formula));
  if (first.ast || first.separators === 'semicolon') return first;
  const second = attempt(formula, 'semicolon');
  // On double failure keep the first error: it names the likelier mistake.
  return second.ast ? second : first;
}
