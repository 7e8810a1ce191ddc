// The one card in the middle of the screen that the sign-in steps show, at a phone's width as at a PC's.
import type { ReactNode } from 'react';
import { Card } from 'antd';

export function CenteredCard({ title, width, children }: { title: string; width: number; children: ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: width }} title={title}>
        {children}
      </Card>
    </div>
  );
}
