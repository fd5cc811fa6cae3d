/**
 * One page of every type the site builds, for the phone and accessibility tests. `answer` is
 * the text the first screen must show (the page's answer); paths exist in every sample profile.
 */
export interface PageType {
  name: string;
  path: string;
  /** Text the answer on the first screen contains. */
  answer: RegExp;
  /** An embed: no site header or answer box, the summary line first. */
  embed?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', answer: /chỉ tiêu đã đạt/ },
  { name: 'province', path: '/don-vi/hai-phong/', answer: /chỉ tiêu đã đạt \(\d+\/\d+\)/ },
  {
    name: 'commune',
    path: '/don-vi/quang-ngai/xa-ngok-bay/',
    answer: /chỉ tiêu đã đạt[\s\S]*Báo cáo tháng \d{2}\/\d{4}/,
  },
  { name: 'indicator', path: '/chi-tieu/dossiers-fully-online/', answer: /tỉnh, thành phố/ },
  { name: 'commune milestone', path: '/chi-tieu/core-systems/', answer: /tỉnh, thành phố/ },
  {
    name: 'province milestone',
    path: '/chi-tieu/milestone-agency-codes/',
    answer: /tỉnh, thành phố/,
  },
  { name: 'catalog', path: '/chi-tieu/', answer: /Danh mục chỉ tiêu/ },
  { name: 'plans', path: '/ke-hoach/', answer: /Kế hoạch/ },
  { name: 'plan', path: '/ke-hoach/hai-phong-01-kh-bcd/', answer: /nhiệm vụ, \d+ quá hạn/ },
  { name: 'tasks', path: '/nhiem-vu/', answer: /\d+ quá hạn/ },
  { name: 'units A–Z', path: '/don-vi/', answer: /Danh sách đầy đủ/ },
  { name: 'search', path: '/tim-kiem/', answer: /Từ khóa/ },
  { name: 'quality', path: '/chat-luong-du-lieu/', answer: /Tháng gần nhất/ },
  {
    name: 'province quality',
    path: '/chat-luong-du-lieu/hai-phong/',
    answer: /tháng \d{2}\/\d{4}/,
  },
  { name: 'formats', path: '/dinh-dang-du-lieu/', answer: /Định dạng dữ liệu/ },
  { name: 'downloads', path: '/tai-ve/', answer: /Tải số liệu/ },
  { name: 'methodology', path: '/phuong-phap/', answer: /Phương pháp/ },
  { name: 'about', path: '/gioi-thieu/', answer: /Giới thiệu/ },
  {
    name: 'supervision',
    path: '/giam-sat/',
    answer: /đơn vị chưa gửi hoặc gửi trễ báo cáo tháng \d{2}\/\d{4}/,
  },
  {
    name: 'province supervision',
    path: '/giam-sat/hai-phong/',
    answer: /đơn vị chưa gửi hoặc gửi trễ báo cáo tháng \d{2}\/\d{4}/,
  },
  { name: 'supervision month', path: '/giam-sat/thang-10-2026/', answer: /Tháng 10\/2026: \d+/ },
  {
    name: 'supervision sheet',
    path: '/phieu-giam-sat/quang-ngai/xa-ngok-bay/',
    answer: /chỉ tiêu đã đạt/,
  },
  { name: 'not found', path: '/khong-co-trang-nay/', answer: /không có trang nào/ },
  {
    name: 'unit embed',
    path: '/embed/don-vi/quang-ngai/xa-ngok-bay/',
    answer: /^(\d+%|—) /,
    embed: true,
  },
  {
    name: 'indicator embed',
    path: '/embed/chi-tieu/core-systems/',
    answer: /^\d+ tỉnh, thành phố:/,
    embed: true,
  },
];
