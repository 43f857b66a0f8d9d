import { setUpStack } from './stack-setup';

/** Global setup of the integration suite: the local stack, without the H5 app. */
export default function integrationSetup(): Promise<void> {
  return setUpStack({ browser: false });
}
