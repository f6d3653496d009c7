// Editor end-to-end tests with real clients. (Filled in with the language server work.)
console.log('test:e2e: no editor end-to-end tests yet');
