import { lifecycleViolation } from '../../helpers/lifecycle.js';
export { lifecycleViolation };
