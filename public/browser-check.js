/* A classic (non-module) script: it runs in browsers too old for the app and explains what to do,
   instead of leaving a blank page. It must stay ES5. */
(function () {
  var supported =
    'noModule' in document.createElement('script') &&
    typeof window.indexedDB !== 'undefined' &&
    typeof window.structuredClone === 'function' &&
    typeof Array.prototype.at === 'function' &&
    typeof Object.hasOwn === 'function';
  if (supported) return;
  var main = document.getElementById('boot-message');
  if (!main) return;
  main.innerHTML =
    '<h1>Your browser is too old for OpenSAQ</h1>' +
    '<p>OpenSAQ works in Chrome or Edge 109 or later, Firefox 115 or later, and Safari 15.4 or later.</p>' +
    '<p>Please update your browser, or open this page in another one. Nothing you entered before has been lost.</p>';
  window.__opensaqUnsupported = true;
})();
