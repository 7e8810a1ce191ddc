// The menu areas of students, certificates, awards and annual data (added to the shell's side menu).
import { FormOutlined, PieChartOutlined, ReadOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import { StudentsPage } from './students/StudentsPage';
import { BulkCertificatesPage } from './certificates/BulkCertificatesPage';
import { CertificateRatePage } from './certificates/CertificateRatePage';
import { AwardsPage } from './awards/AwardsPage';
import { AnnualDataPage } from './annual/AnnualDataPage';
import type { School } from '@shared/school';
import type { Area } from '../AppShell';

export const studentAreas = (school: School): Area[] => [
  { path: '/students', label: '学生', icon: <ReadOutlined />, page: <StudentsPage />, needs: 'students.list' },
  { path: '/certificates/bulk', label: '按班级录入证书', icon: <SafetyCertificateOutlined />, page: <BulkCertificatesPage />, needs: 'certificates.bulkCreate' },
  { path: '/certificates/rate', label: '证书获取率', icon: <PieChartOutlined />, page: <CertificateRatePage />, needs: 'certificates.rate' },
  { path: '/awards', label: '技能大赛', icon: <TrophyOutlined />, page: <AwardsPage />, needs: 'awards.list' },
  { path: '/annual', label: '学校年度数据', icon: <FormOutlined />, page: <AnnualDataPage school={school} />, needs: 'annualData.get' },
];
