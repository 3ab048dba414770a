import {messageText} from '../../src/sources/deskpro/body'
import {customField, FieldDef, ticketFields} from '../../src/sources/deskpro/custom-fields'
import {loadMapping} from '../../src/mappings/load'

describe('Deskpro message bodies as plain text', () => {
  it('decodes entities, drops tags, images and [attach:…] placeholders, and keeps paragraphs as lines', () => {
    const html =
      '<p>Yth.&nbsp;Bapak/Ibu,</p>\n<p>Mohon info <strong>DAU</strong> &amp; DBH &lt;2025&gt;.<br />Terima kasih [attach:blob:12:surat.pdf]</p>' +
      '<div><img src="cid:logo" alt="logo"><a href="https://example.go.id">tautan</a></div><p>[attach:blob:13:foto.jpg]</p>'
    expect(messageText(html)).toBe('Yth. Bapak/Ibu,\nMohon info DAU & DBH <2025>.\nTerima kasih\ntautan')
  })

  it('leaves a message without tags as the text it is, only without placeholders', () => {
    expect(messageText('Baris satu &amp; dua\nBaris dua [attach:a:b:c.pdf]  ')).toBe('Baris satu &amp; dua\nBaris dua')
    expect(messageText(null)).toBe('')
  })
})

describe('Deskpro custom fields by handler_class', () => {
  const H = 'Application\\DeskPRO\\CustomFields\\Handler\\'
  const defs = (rahasia: string, options: string[] = []): FieldDef[] => [
    {id: 1, parent_id: null, title: 'Kanal', handler_class: `${H}Choice`},
    {id: 2, parent_id: 1, title: 'WhatsApp', handler_class: null},
    {id: 3, parent_id: 1, title: 'Email', handler_class: null},
    {id: 4, parent_id: null, title: 'Jenis Pengguna', handler_class: `${H}Text`},
    {id: 5, parent_id: null, title: 'Rahasia', handler_class: `${H}${rahasia}`},
    ...options.map((title, i) => ({id: 6 + i, parent_id: 5, title, handler_class: null})),
  ]
  const fieldsOf = (d: FieldDef[]) => ({
    channel: customField(d, 'Kanal'),
    requesterType: customField(d, 'jenis pengguna'),
    confidential: customField(d, 'Rahasia'),
  })
  const row = (field: number, root: number | null, value = 1, input = '') => ({
    ticket_id: 1,
    field_id: field,
    root_field_id: root,
    value,
    input,
  })

  it('reads a Choice option, a Text input and a Toggle; a checkbox as a one-option Choice means ticked too', () => {
    const mapping = loadMapping('deskpro')
    const toggle = fieldsOf(defs('Toggle'))
    expect(ticketFields([row(2, 1), row(4, 4, 0, ' Pemda '), row(5, 5)], toggle, mapping)).toEqual({
      channel: 'whatsapp',
      requesterType: 'pemda',
      confidential: true,
    })
    expect(ticketFields([row(2, 1), row(5, 5, 0)], toggle, mapping).confidential).toBe(false)
    const oneOption = fieldsOf(defs('Choice', ['Ya']))
    expect(ticketFields([row(3, 1), row(6, 5)], oneOption, mapping)).toMatchObject({channel: 'email', confidential: true})
    expect(ticketFields([row(3, 1)], oneOption, mapping).confidential).toBe(false)
    const yesNo = fieldsOf(defs('Choice', ['Ya', 'Tidak']))
    expect(ticketFields([row(7, 5)], yesNo, mapping).confidential).toBe(false)
  })

  it('keeps a multi-select whose options mean the same, and refuses one whose options differ, naming them', () => {
    const mapping = loadMapping('deskpro')
    const f = fieldsOf(defs('Toggle'))
    expect(ticketFields([row(2, 1), row(2, 1)], f, mapping)).toMatchObject({channel: 'whatsapp', error: undefined})
    const both = ticketFields([row(2, 1), row(3, 1)], f, mapping)
    expect(both.error?.field).toBe('channel')
    expect(both.error?.reason).toMatch(/Kanal.*WhatsApp, Email/)
  })
})
