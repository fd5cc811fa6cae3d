/**
 * Names people type for a province that no official source lists (initials such as "qn",
 * "hcm", "tphcm" are made from every name in prepare.ts): other abbreviations, spellings
 * without the marks of the official name, joined forms, and the names of former provinces in
 * their common short forms. Curated by hand, by province code (codes are national). An alias
 * that names a former province says so (shown as "trước đây: …"); the others show nothing.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly (string | [string, string])[]>> = {
  '01': ['Hanoi', 'Thủ đô Hà Nội'],
  '31': ['Haiphong'],
  '46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'TTH'],
  '48': ['Danang'],
  '51': [['Kontum', 'Tỉnh Kon Tum']],
  '66': ['Daklak', 'Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Dak Lak'],
  '68': [
    ['Daknong', 'Tỉnh Đắk Nông'],
    ['Đăk Nông', 'Tỉnh Đắk Nông'],
  ],
  '79': [
    'TP.HCM',
    'HCMC',
    'Sài Gòn',
    'Saigon',
    'SG',
    ['BRVT', 'Tỉnh Bà Rịa - Vũng Tàu'],
    ['Bà Rịa Vũng Tàu', 'Tỉnh Bà Rịa - Vũng Tàu'],
  ],
  '92': ['Cantho'],
};
