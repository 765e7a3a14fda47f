// Words both apps use, in both languages.
export const commonZh = {
  loading: '加载中…',
  retry: '重试',
  language: '语言',
  zh: '简体中文',
  en: 'English',
  error: '出错了',
  networkError: '无法连接服务器，请稍后再试',
  sessionExpired: '登录已失效，请重新登录',
}

export const commonEn: typeof commonZh = {
  loading: 'Loading…',
  retry: 'Try again',
  language: 'Language',
  zh: '简体中文',
  en: 'English',
  error: 'Something went wrong',
  networkError: 'The server cannot be reached; please try again later',
  sessionExpired: 'Your session has ended; please sign in again',
}
