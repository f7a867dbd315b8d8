"""What every stage shares about text: words, quotations and parts of speech."""
