// The composition root of the browser game. Until the game screens exist, it only marks the page.
document.body.dataset.screen = 'title';
