import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordTable } from '../../../server/src/core/wordTable';

describe('WordTable: the lexicon lists indexed in typed arrays', () => {
  it('ranks words by first appearance, skipping empty lines and repeats as a Map built from the lines would', () => {
    const table = new WordTable('SMITH\nJOHNSON\n\nSMITH\nWILLIAMS\nJOHNSON\nBROWN\n');
    assert.equal(table.get('SMITH'), 0);
    assert.equal(table.get('JOHNSON'), 1);
    assert.equal(table.get('WILLIAMS'), 2);
    assert.equal(table.get('BROWN'), 3);
    assert.equal(table.size, 4);
    assert.equal(table.get('SMIT'), undefined);
    assert.equal(table.get('SMITHS'), undefined);
    assert.equal(table.has(''), false);
  });

  it('gives the same answers as a Map for thousands of words, including prefixes of each other and accented words', () => {
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) words.push(`W${(i * 7919).toString(36).toUpperCase()}`, `W${(i * 7919).toString(36).toUpperCase()}X`);
    words.push('MÜLLER', 'NGUYỄN', 'O’BRIEN', "O'BRIEN");
    const map = new Map<string, number>();
    for (const word of words) if (!map.has(word)) map.set(word, map.size);
    const table = new WordTable(words.join('\n'));
    for (const [word, rank] of map) assert.equal(table.get(word), rank, word);
    for (const probe of ['W', 'WX', 'MULLER', 'OBRIEN', 'W0Y', 'ZZZ']) assert.equal(table.get(probe), map.get(probe), probe);
    assert.equal(table.size, map.size);
  });

  it('adds words the list lacks with the rank given, and keeps the rank of words it has', () => {
    const table = new WordTable('ANNA\nMARIA');
    table.add('MARIA', 2000);
    table.add('SIOBHAN', 2000);
    table.add('', 2000);
    assert.equal(table.get('MARIA'), 1);
    assert.equal(table.get('SIOBHAN'), 2000);
    assert.equal(table.has(''), false);
    assert.equal(table.size, 3);
  });

  it('looks up a word of a text in any case without copying it, as its upper-case form', () => {
    const table = new WordTable('BILOXI\nSAO PAULO\nSÃO TOMÉ');
    table.add('KAUNAKAKAI', 10);
    const text = 'from Biloxi, biloxi or BILOXI; not Biloxis; São Tomé; Kaunakakai';
    const at = (word: string, from = 0) => [text.indexOf(word, from), text.indexOf(word, from) + word.length] as const;
    for (const word of ['Biloxi', 'biloxi', 'BILOXI', 'São Tomé', 'Kaunakakai']) assert.equal(table.hasUpperCased(text, ...at(word)), true, word);
    assert.equal(table.hasUpperCased(text, ...at('Biloxis')), false);
    assert.equal(table.hasUpperCased(text, ...at('from')), false);
  });

  it('handles an empty list and a list without a final line end', () => {
    assert.equal(new WordTable('').size, 0);
    assert.equal(new WordTable('').get('A'), undefined);
    assert.equal(new WordTable('A\nB').get('B'), 1);
  });
});
