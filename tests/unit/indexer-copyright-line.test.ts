import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCopyrightLine } from '../../indexer/infer/infer.ts';

/** The one pattern the notice's shape was read with before its cue: what the faster reading must agree with. */
const NOTICE = /^(?:©|ⓒ|\(c\)\s|copyright\b)|\ball rights reserved\b/iu;

describe('readCopyrightLine: a line shaped as a © notice', () => {
  it('agrees with the notice pattern on lines either side of every bound', () => {
    const lines = [
      '© 2024 Example Media',
      'ⓒ Example Daily',
      'Ⓒ Example Daily', // folds to ⓒ under /iu
      '(c) 2021 Harbour Gazette',
      '(C) 2021 Harbour Gazette',
      '(c)2021 Harbour Gazette',
      'Copyright 2023 Harbour Gazette',
      'COPYRIGHT HARBOUR GAZETTE',
      'Copyrighted material',
      'Harbour Gazette. All rights reserved.',
      'ALL RIGHTS RESERVED',
      'all rights reſerved by the Gazette', // the long s folds to s under /iu
      'All Rights Reserved2024',
      'Small rights reserved for tenants',
      'Allrights reserved',
      'all rights are reserved',
      'Residents said all right, then left.',
      'The council reserved the right to appeal.',
      'A © sign inside a sentence is the sentence’s',
    ];
    let notices = 0;
    for (const line of lines) {
      const read = readCopyrightLine(line);
      assert.equal(read !== null, NOTICE.test(line), line);
      if (read) notices++;
    }
    assert.equal(notices, 10);
  });
});
