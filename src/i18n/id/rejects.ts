/** Why an import refused a row: the reason column of the rejects CSV and of the store's rejects. */
export const rejects = {
  header: ['baris', 'kolom', 'alasan', 'isi baris (JSON)'],
  tooLong: (p: {length: number; max: number}) => `panjangnya ${p.length} karakter; paling banyak ${p.max}`,
  required: 'wajib diisi tetapi kosong',
  notOneOf: (p: {value: string; choices: string[]}) => `"${p.value}" bukan salah satu dari ${p.choices.join(', ')}`,
  notBoolean: (p: {value: string}) => `"${p.value}" bukan ya/tidak, true/false atau 1/0`,
  notWhole: (p: {value: string}) => `"${p.value}" bukan bilangan bulat`,
  outOfRange: (p: {value: number; min: number; max: number}) => `${p.value} di luar rentang ${p.min}–${p.max}`,
  dayMonthYear: (p: {value: string}) =>
    `"${p.value}" tampak seperti hari/bulan/tahun; tulis waktu dalam ISO 8601, mis. 2025-02-03T08:15:00+07:00`,
  noTime: (p: {value: string}) => `"${p.value}" bukan waktu ISO 8601 lengkap dengan jam, mis. 2025-02-03T08:15:00+07:00`,
  invalidDate: (p: {value: string; dateOnly: boolean; why: string}) =>
    `"${p.value}" bukan ${p.dateOnly ? 'tanggal' : 'waktu'} ISO 8601 yang sah; mis. ${p.dateOnly ? '2025-02-03' : '2025-02-03T08:15:00+07:00'}`,
  notTopic: (p: {value: string}) => `"${p.value}" bukan topik di mappings/topics.yaml; tambahkan di sana atau perbaiki kodenya`,
  ambiguousTopic: (p: {value: string; codes: string[]}) =>
    `"${p.value}" bisa berarti topik ${p.codes.map((c) => `"${c}"`).join(' atau ')} di mappings/topics.yaml; tulis kode topiknya`,
  notTeam: (p: {value: string; teams: string}) => `"${p.value}" bukan tim L2 di mappings/roles.yaml (${p.teams})`,
  escalatedAtNeeded: (p: {unit: string}) => `wajib diisi bila escalated_unit diisi (${p.unit})`,
  escalatedUnitNeeded: 'wajib diisi bila escalated_at diisi',
  respondedWithoutEscalation: 'diisi padahal tiketnya tidak punya escalated_at',
  notTopics: (p: {values: string[]}) =>
    `${p.values.map((u) => `"${u}"`).join(', ')} bukan topik di mappings/topics.yaml; tulis kode topik dipisah ";", atau ya/tidak (true/false) untuk topik unitnya`,
  notEmail: (p: {value: string}) => `"${p.value}" bukan alamat e-mail`,
  notJson: (p: {why: string}) => `bukan JSON yang sah (${p.why})`,
  notJsonObject: 'bukan objek JSON',
  unreadable: 'baris tidak dapat dibaca',
  notValidated: (p: {why: string}) => `baris tidak dapat divalidasi: ${p.why}`,
  width: (p: {fields: number; width: number}) =>
    `berisi ${p.fields} kolom padahal header berisi ${p.width}; periksa koma yang tidak dikutip`,
  repeatedKey: (p: {key: string; value: string; earlier?: number}) =>
    `${p.key} "${p.value}" sudah muncul di berkas ini (${p.earlier !== undefined ? `baris ${p.earlier}` : 'di baris sebelumnya'}); sebuah kunci hanya boleh muncul sekali`,
}
