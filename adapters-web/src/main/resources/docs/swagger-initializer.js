// Kept out of index.html: the page's Content-Security-Policy allows no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // the public validator would receive our document and is blocked by the CSP anyway
    validatorUrl: null
  });
});
