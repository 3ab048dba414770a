import {duplicateKey, findDuplicates, normaliseText, stableId} from '../../src/kms/articles'
import {topicCategory} from '../../src/kms/categories'
import {useMappingsWith, useShippedMappings, withTwinLabel} from '../helpers/mappings'
import {csvField, csvLine, neutraliseCsvCell} from '../../src/util/spreadsheet-safety'

describe('kms text handling', () => {
  it('neutralises every csv cell a spreadsheet would read as a formula (OWASP), and only those', () => {
    for (const bad of ['=1+1', '+62 811', '-5', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCsvCell(bad)).toBe(`'${bad}`)
    for (const ok of ['Dana Desa', ' =1', '', "'=x"]) expect(neutraliseCsvCell(ok)).toBe(ok)
    expect(csvField('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`)
    expect(csvLine(['a,b', 'baris\nbaru', null, 3])).toBe('"a,b","baris\nbaru",,3')
  })

  it('normalises whitespace and line breaks without changing the words', () => {
    expect(normaliseText('  Satu\u00a0 dua\t tiga  \r\n\r\n\r\n- butir  satu \r- butir dua\n')).toBe(
      'Satu dua tiga\n\n- butir satu\n- butir dua',
    )
    expect(normaliseText(null)).toBeNull()
  })

  it('gives stable ids from the FAQ No and finds questions that differ only in case, accents, spacing or punctuation', () => {
    expect(stableId('7')).toBe('DJPK-FAQ-0007')
    expect(stableId('0012')).toBe('DJPK-FAQ-0012')
    expect(stableId('A-3b')).toBe('DJPK-FAQ-A-3B')
    expect(duplicateKey('Kapan  DAU disalurkan?')).toBe(duplicateKey('kapan dau DISALURKAN ?'))
    const dups = findDuplicates([
      {no: '1', question: 'Apa itu DAU?'},
      {no: '2', question: 'apa itu dau'},
      {no: '3', question: 'Apa itu DBH?'},
      {no: '4', question: 'APA ITU DAU ?!'},
    ] as any)
    expect(Object.fromEntries(dups)).toEqual({1: ['2', '4'], 2: ['1', '4'], 4: ['1', '2']})
  })

  describe("the category of an article's topic", () => {
    afterEach(useShippedMappings)

    it('reads the topic as registers are read: folded, by label or by alias', () => {
      expect(topicCategory('dak non-fisik')).toMatchObject({
        topic: 'DAK Non Fisik',
        category: 'Transfer ke Daerah/Dana Alokasi Khusus/DAK Non Fisik',
      })
      expect(topicCategory('Ev Keuda')).toMatchObject({
        topic: 'Ev. Keuda',
        category: 'Pengelolaan Keuangan Daerah/Evaluasi Keuangan Daerah',
      })
      expect(topicCategory('Dana Bagi Hasil')).toMatchObject({topic: 'DBH', category: 'Transfer ke Daerah/Dana Bagi Hasil'})
      expect(topicCategory('Vicon')).toMatchObject({topic: 'Video Conference', category: 'Layanan/Video Conference'})
      expect(topicCategory('Astrologi')).toMatchObject({
        topic: 'Astrologi',
        category: null,
        unmappedReason: 'topik "Astrologi" tidak ada di mappings/topics.yaml',
      })
    })

    it("files no article whose topic only two topics' labels match, naming both", () => {
      useMappingsWith('topics.yaml', withTwinLabel)
      expect(topicCategory('Dana Alokasi Khusus Fisik')).toEqual({
        topic: 'Dana Alokasi Khusus Fisik',
        label: null,
        category: null,
        unmappedReason: 'topik "Dana Alokasi Khusus Fisik" bisa berarti "DAK Fisik" atau "DAK Reguler" di mappings/topics.yaml',
      })
    })
  })
})
