import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreement, contentStems, foldedStem } from '../../indexer/clean/title-agreement.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented pages: a headline in capitals with no stop word (so it has a menu's shape), whose words
// come back in the story under it only with the accents and the lower-case letters capitals lose.

describe('title agreement: words compared without accents and case forms', () => {
  it('folds Turkish dotted and dotless i, German ß, Greek accents and final sigma, and Latin accents', () => {
    assert.equal(foldedStem('MECLİS'.toLowerCase()), foldedStem('meclis'));
    assert.equal(foldedStem('CANLI'.toLowerCase()), foldedStem('canlı'));
    assert.equal(foldedStem('STRASSE'.toLowerCase()), foldedStem('straße'));
    assert.equal(foldedStem('ΑΥΓΟΥΣΤΟΥ'.toLowerCase()), foldedStem('αυγούστου'));
    assert.equal(foldedStem('ΤΕΛΟΣ'.toLowerCase()), foldedStem('τέλοσ'));
    assert.equal(foldedStem('ECOLE'.toLowerCase()), foldedStem('école'));
    assert.equal(foldedStem('ЁЛКА'.toLowerCase()), foldedStem('елка'));
  });

  it('leaves the marks of other scripts, which are parts of their letters', () => {
    assert.equal(foldedStem('समाचार'), 'समाचा');
    assert.notEqual(foldedStem('समाचार'), foldedStem('समचर'));
  });

  it('meets a headline in capitals with the accented text under it', () => {
    const lead = contentStems('Νέα αύξηση στις τιμές των εισιτηρίων των πλοίων από το λιμάνι του Πειραιά');
    assert.deepEqual(agreement('ΑΥΞΗΣΗ ΕΙΣΙΤΗΡΙΩΝ ΠΛΟΙΩΝ ΛΙΜΑΝΙ ΠΕΙΡΑΙΑ', lead), { words: 5, shared: 5 });
  });
});

describe('title: a headline in capitals whose words the story repeats in lower case is no menu', () => {
  it('takes a Turkish headline in capitals over its story', () => {
    const headline = 'KADIKÖY LİMANINDA FERİBOT SEFERLERİ DURDU';
    const page = [
      headline,
      '',
      'Kadıköy limanında feribot seferleri dün sabah çıkan fırtına nedeniyle saatlerce durdu ve yolcular iskelede bekledi.',
      '',
      'Belediye yetkilileri seferlerin hava düzelince yeniden başlayacağını, yolcuların duyuruları izlemesi gerektiğini söyledi.',
    ];
    assert.equal(headlineOf(page), headline);
  });

  it('takes a Greek headline in capitals over its story', () => {
    const headline = 'ΑΥΞΗΣΗ ΕΙΣΙΤΗΡΙΩΝ ΠΛΟΙΩΝ ΛΙΜΑΝΙ ΠΕΙΡΑΙΑ';
    const page = [
      headline,
      '',
      'Νέα αύξηση στις τιμές των εισιτηρίων των πλοίων από το λιμάνι του Πειραιά ανακοίνωσαν χθες οι ακτοπλοϊκές εταιρείες, επικαλούμενες το κόστος των καυσίμων.',
      '',
      'Οι επιβάτες ζητούν από το υπουργείο να παρέμβει πριν από το καλοκαίρι, όταν η κίνηση στα νησιά διπλασιάζεται.',
    ];
    assert.equal(headlineOf(page), headline);
  });

  it('still skips a menu in capitals over a story in Turkish', () => {
    const page = [
      'GÜNDEM EKONOMİ SPOR DÜNYA',
      'Feribot seferleri fırtına nedeniyle durdu',
      '',
      'Kadıköy limanında feribot seferleri dün sabah çıkan fırtına nedeniyle saatlerce durdu ve yolcular iskelede bekledi.',
      '',
      'Belediye yetkilileri seferlerin hava düzelince yeniden başlayacağını, yolcuların duyuruları izlemesi gerektiğini söyledi.',
    ];
    assert.equal(headlineOf(page), 'Feribot seferleri fırtına nedeniyle durdu');
  });
});
