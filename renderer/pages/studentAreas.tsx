// The menu areas of students, certificates, awards and annual data (added to the shell's side menu).
import { FormOutlined, PieChartOutlined, ReadOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import { StudentsPage } from './students/StudentsPage';
import { BulkCertificatesPage } from './certificates/BulkCertificatesPage';
import { CertificateRatePage } from './certificates/CertificateRatePage';
import { AwardsPage } from './awards/AwardsPage';
import { AnnualDataPage } from './annual/AnnualDataPage';
import type { School } from '@shared/school';

export const studentAreas = (school: School) => [
  { path: '/students', label: '学生', icon: <ReadOutlined />, page: <StudentsPage /> },
  { path: '/certificates/bulk', label: '按班级录入证书', icon: <SafetyCertificateOutlined />, page: <BulkCertificatesPage /> },
  { path: '/certificates/rate', label: '证书获取率', icon: <PieChartOutlined />, page: <CertificateRatePage /> },
  { path: '/awards', label: '技能大赛', icon: <TrophyOutlined />, page: <AwardsPage /> },
  { path: '/annual', label: '学校年度数据', icon: <FormOutlined />, page: <AnnualDataPage school={school} /> },
];
