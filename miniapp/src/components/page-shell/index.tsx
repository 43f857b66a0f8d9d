import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useElderMode } from '../../theme/elder-mode';
import './index.scss';

export interface PageShellProps {
  children: ReactNode;
}

/** The root of every page: applies the theme (normal or 长辈模式) and the page padding. */
export function PageShell({ children }: PageShellProps) {
  const { elder } = useElderMode();
  return (
    <View
      className={elder ? 'theme theme--elder page-shell' : 'theme page-shell'}
      data-theme={elder ? 'elder' : 'normal'}
    >
      {children}
    </View>
  );
}
