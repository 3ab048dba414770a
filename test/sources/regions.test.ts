import {explainRegion, resolveRegion, setLocalAliases, clearRegionCache, suggestPlaces, aliasKey} from '../../src/sources/regions'

afterEach(() => clearRegionCache())

describe('region text to province and time zone', () => {
  it.each([
    ['Kab. Kediri', 'JAWA TIMUR', 'WIB'],
    ['Kota Samarinda', 'KALIMANTAN TIMUR', 'WITA'],
    ['Prov. Sulawesi Utara', 'SULAWESI UTARA', 'WITA'],
    ['DPRD Kota Pekanbaru', 'RIAU', 'WIB'],
    ['BPKAD Prov. Papua', 'PAPUA', 'WIT'],
    ['Prov. Bangka Belitung', 'KEPULAUAN BANGKA BELITUNG', 'WIB'],
    ['Kabupaten Langkat', 'SUMATERA UTARA', 'WIB'],
    ['Provinsi  jambi', 'JAMBI', 'WIB'],
    ['kota ternate', 'MALUKU UTARA', 'WIT'],
    ['Kota Jakarta Selatan', 'DKI JAKARTA', 'WIB'],
    ['Bappeda Kab. Ende', 'NUSA TENGGARA TIMUR', 'WITA'],
    ['Sulawesi Selatan', 'SULAWESI SELATAN', 'WITA'],
  ])('%s → %s (%s)', (text, province, zone) => {
    expect(resolveRegion(text)).toEqual({province, zone})
  })

  // Spellings from registers nobody on the project wrote (issue 13): each was `unknown` before.
  it.each([
    ['Prov. Daerah Khusus Ibukota Jakarta', 'DKI JAKARTA'],
    ['Daerah Khusus Ibu Kota Jakarta', 'DKI JAKARTA'],
    ['Daerah Khusus Jakarta', 'DKI JAKARTA'],
    ['Provinsi DK Jakarta', 'DKI JAKARTA'],
    ['Kota Adm. Jakarta Selatan', 'DKI JAKARTA'],
    ['Kota Administrasi Jakarta Timur', 'DKI JAKARTA'],
    ['Kab. Adm. Kepulauan Seribu', 'DKI JAKARTA'],
    ['Kab. Toli-Toli', 'SULAWESI TENGAH'],
    ['Kabupaten Tolitoli', 'SULAWESI TENGAH'],
    ['KAB TOLI TOLI', 'SULAWESI TENGAH'],
    ['Kab. Mukomuko', 'BENGKULU'],
    ['Kota Tanjungbalai', 'SUMATERA UTARA'],
    ['Kota Padangsidimpuan', 'SUMATERA UTARA'],
    ['Kota Baubau', 'SULAWESI TENGGARA'],
    ['Kab. Fakfak', 'PAPUA BARAT'],
    ['Kab. Pangkep', 'SULAWESI SELATAN'],
    ['Kab. Toba Samosir', 'SUMATERA UTARA'],
    ['Kab. Maluku Tenggara Barat', 'MALUKU'],
    ['Kab. Sleman (DIY)', 'DAERAH ISTIMEWA YOGYAKARTA'],
    ['Kota Banjar, Jawa Barat', 'JAWA BARAT'],
    ['Pemkab Sleman', 'DAERAH ISTIMEWA YOGYAKARTA'],
    ['Pemkot Bandung', 'JAWA BARAT'],
    ['Pemprov Jatim', 'JAWA TIMUR'],
    ['Pemerintah Kabupaten Banyumas', 'JAWA TENGAH'],
    ['Bapenda Kediri', 'JAWA TIMUR'],
    ['Dinas Pendidikan dan Kebudayaan Kab. Klaten', 'JAWA TENGAH'],
    ['Dinas Kesehatan Sleman', 'DAERAH ISTIMEWA YOGYAKARTA'],
    ['Badan Pusat Statistik Kabupaten Gowa', 'SULAWESI SELATAN'],
    ['Kab. Kep. Selayar', 'SULAWESI SELATAN'],
    ['Kota Tg. Pinang', 'KEPULAUAN RIAU'],
    ['Sumatra Barat', 'SUMATERA BARAT'],
    ['Kaltara', 'KALIMANTAN UTARA'],
    ['Kota Baru', 'KALIMANTAN SELATAN'],
    // Regencies moved into the 2022 Papua provinces, written with the province they left.
    ['Kab. Mimika, Papua', 'PAPUA TENGAH'],
    ['Kabupaten Merauke (Papua)', 'PAPUA SELATAN'],
    ['Kota Sorong (Papua Barat)', 'PAPUA BARAT DAYA'],
    ['Kab. Jayawijaya', 'PAPUA PEGUNUNGAN'],
  ])('%s → %s', (text, province) => {
    expect(resolveRegion(text)?.province).toBe(province)
  })

  it.each(['Kementerian Dalam Negeri', 'Kementerian Keuangan', 'Kab. Atlantis', 'Kab. Negeri Khayalan', 'Kota', 'Prov. Nusantara Raya'])(
    'leaves "%s" unrecognised',
    (text) => {
      expect(resolveRegion(text)).toBeUndefined()
      expect(explainRegion(text).status).toBe('unrecognised')
    },
  )

  it.each(['', '   ', null, undefined])('calls %p empty', (text) => {
    expect(resolveRegion(text)).toBeUndefined()
    expect(explainRegion(text).status).toBe('empty')
  })

  it('never guesses between places of the same name in different provinces, and names both', () => {
    // "Banjar" is a kota in West Java and a kabupaten in South Kalimantan.
    const banjar = explainRegion('Banjar')
    expect(banjar.status).toBe('ambiguous')
    expect(banjar.candidates.map((c) => `${c.name} (${c.province})`).sort()).toEqual([
      'KABUPATEN BANJAR (KALIMANTAN SELATAN)',
      'KOTA BANJAR (JAWA BARAT)',
    ])
    expect(resolveRegion('Kota Banjar')).toEqual({province: 'JAWA BARAT', zone: 'WIB'})
    expect(resolveRegion('Kab. Banjar')).toEqual({province: 'KALIMANTAN SELATAN', zone: 'WITA'})
    // Two places of one province are one province: Kabupaten and Kota Kediri.
    expect(resolveRegion('Kediri')).toEqual({province: 'JAWA TIMUR', zone: 'WIB'})
  })

  it('leaves a place and a province that disagree to a person, offering both', () => {
    const r = explainRegion('Kab. Sleman (Jawa Timur)')
    expect(r.status).toBe('unrecognised')
    expect(suggestPlaces('Kab. Sleman (Jawa Timur)').map((s) => s.place.name)).toEqual(['KABUPATEN SLEMAN', 'JAWA TIMUR'])
  })

  it('suggests names spelled alike and the same name of another kind, without resolving them', () => {
    expect(suggestPlaces('Kab. Samarinda').map((s) => s.place.name)).toEqual(['KOTA SAMARINDA'])
    expect(suggestPlaces('Kab Tolitolli')[0].place.name).toBe('KABUPATEN TOLI TOLI')
    expect(suggestPlaces('Kab. Negeri Khayalan')).toEqual([])
    expect(suggestPlaces('Kementerian Keuangan')).toEqual([])
  })

  it('follows a decision recorded in the store over everything else', () => {
    expect(explainRegion('Pemda Antah Berantah').status).toBe('unrecognised')
    setLocalAliases([
      {key: aliasKey('Pemda Antah Berantah'), code: '35.06'},
      {key: aliasKey('Kementerian Keuangan'), code: null},
      {key: aliasKey('Banjar'), code: '32.79'},
    ])
    expect(explainRegion('PEMDA ANTAH-BERANTAH')).toMatchObject({status: 'resolved', province: 'JAWA TIMUR', zone: 'WIB', decided: true})
    expect(explainRegion('Kementerian Keuangan')).toMatchObject({status: 'not_a_region', province: null, decided: true})
    expect(resolveRegion('Banjar')).toEqual({province: 'JAWA BARAT', zone: 'WIB'})
  })
})
