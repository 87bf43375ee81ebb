// GOV.UK Frontend styles its components differently once JavaScript runs; this must run
// before the page renders, so it is loaded synchronously at the top of <body>.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
