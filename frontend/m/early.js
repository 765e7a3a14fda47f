// The owner portal's first calls, made as soon as the page is read rather than after its scripts: when this
// browser's signed-in hint says an owner (src/api/sessionHint.ts), the session check, the requests waiting on
// the owner and, for the list of their requests, its first page. The API client takes each answer up once instead of asking again (src/api/early.ts).
// A plain script, not a module, so that it runs before the app's modules have arrived (docs/performance.md).
;(function () {
  if (!/(^|;\s*)estatecare-signed-in=owner(;|$)/.test(document.cookie)) {
    return
  }
  var language = 'zh-CN'
  try {
    language = window.localStorage.getItem('estatecare.locale') === 'en' ? 'en' : 'zh-CN'
  } catch (e) {
    // storage refused: the default language
  }
  var early = (window.__estatecareEarly = {})
  function get(url) {
    var answer = fetch(url, {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': language },
    })
    answer.catch(function () {}) // a failure is the app's to show, when it takes the answer up
    early[url] = answer
  }
  get('/api/v1/me')
  // the requests waiting on the owner: the badge on every page, the first group of the list (src/stores/waiting.ts)
  get('/api/v1/requests?awaitingMe=true&limit=100')
  var path = location.pathname.replace(/\/+$/, '')
  if (path === '/m' || path === '/m/requests') {
    get('/api/v1/requests?awaitingMe=false&limit=20')
  }
})()
