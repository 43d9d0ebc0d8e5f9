// Pages escape by construction with the same tag as the emails: every value interpolated into `html\`…\`` is
// HTML-escaped unless it is markup built by the tag itself, so a page cannot forget to escape a subscriber's input.
export {
  escapeMarkup as escapeHtml,
  type MarkupValue as HtmlValue,
  mj as html,
  SafeMarkup as SafeHtml,
} from '../shared/markup.ts';
