"""What both apps share: text helpers, the help screen, the command-palette provider."""
