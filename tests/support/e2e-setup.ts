import { setUpStack } from './stack-setup';

/** Global setup of the browser suite: the local stack plus the H5 build and its server. */
export default function e2eSetup(): Promise<void> {
  return setUpStack({ browser: true });
}
