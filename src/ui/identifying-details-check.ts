// Everything a form needs to check shareable text and warn about it, as one piece that
// use-identifying-details-on-demand.ts loads when a form is first used.
export { findIdentifyingDetails, withoutAccepted } from '../domain/anonymise';
export { IdentifyingDetailsWarning } from './IdentifyingDetailsWarning';
export { deviceCheckOptions } from './check-options';
