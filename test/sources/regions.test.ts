import {resolveRegion} from '../../src/sources/regions'

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

  it.each(['Kementerian Dalam Negeri', 'Kab. Atlantis', 'Kota', 'Prov. Nusantara Raya', '', '   '])('leaves "%s" unknown', (text) => {
    expect(resolveRegion(text)).toBeUndefined()
  })

  it('never guesses between regencies of the same name in different provinces', () => {
    // Kabupaten Bandung lies in West Java; there is no other; but "Banjar" is a kota in West Java and a kabupaten in South Kalimantan.
    expect(resolveRegion('Banjar')).toBeUndefined()
    expect(resolveRegion('Kota Banjar')).toEqual({province: 'JAWA BARAT', zone: 'WIB'})
    expect(resolveRegion('Kab. Banjar')).toEqual({province: 'KALIMANTAN SELATAN', zone: 'WITA'})
    expect(resolveRegion(null)).toBeUndefined()
    expect(resolveRegion(undefined)).toBeUndefined()
  })
})
